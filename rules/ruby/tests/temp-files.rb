# Labelled cases for rules/ruby/temp-files.yml
require "tempfile"
require "tmpdir"

def export_csv(rows)
  # expect: CWE-377
  File.open("/tmp/export.csv", "w") do |f|
    rows.each { |r| f.puts(r.join(",")) }
  end
end

def export_csv_safe(rows)
  # ok: CWE-377
  Tempfile.create(["export", ".csv"]) do |f|
    rows.each { |r| f.puts(r.join(",")) }
    f.path
  end
end

def cache_report(html)
  # expect: CWE-377
  File.write(File.join(Dir.tmpdir, "report-#{Date.today}.html"), html)
end

def cache_report_random(html)
  # ok: CWE-377
  File.write(File.join(Dir.tmpdir, "report-#{SecureRandom.hex(16)}.html"), html)
end

def lock_file
  path = "/tmp/app-cron.lock"
  # expect: CWE-377
  FileUtils.touch(path)
end

def scratch_dir
  # ok: CWE-377
  Dir.mktmpdir("build") { |dir| File.write(File.join(dir, "out.txt"), "x") }
end

def tmpname
  # expect: CWE-377
  Dir::Tmpname.create("upload") { |p| File.write(p, "") }
end

def app_cache(data)
  # ok: CWE-377
  File.write(Rails.root.join("tmp", "cache", "data.json"), data)
end

def stage(upload)
  # expect: CWE-377
  FileUtils.cp(upload.path, "/tmp/#{Process.pid}.upload")
end
