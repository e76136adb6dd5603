# Labelled cases for rules/ruby/command-injection.yml
require "open3"
require "shellwords"

class ToolsController < ApplicationController
  def ping
    host = params[:host]
    # expect: CWE-78
    output = `ping -c 3 #{host}`
    render plain: output
  end

  def ping_safe
    host = params[:host]
    # ok: CWE-78
    output, _status = Open3.capture2("ping", "-c", "3", host)
    render plain: output
  end

  def whois
    # expect: CWE-78
    system("whois #{params[:domain]} > /tmp/whois.txt")
  end

  def whois_escaped
    # ok: CWE-78
    system("whois #{Shellwords.escape(params[:domain])}")
  end

  def whois_array
    # ok: CWE-78
    system("whois", params[:domain])
  end
end

def thumbnail(src, width)
  cmd = "convert #{src} -resize #{width}x thumb.png"
  # expect: CWE-78
  exec(cmd)
end

def thumbnail_escaped(src, width)
  cmd = "convert #{src.shellescape} -resize #{width.to_i}x thumb.png"
  # ok: CWE-78
  Kernel.system(cmd)
end

def disk_usage(dir)
  # expect: CWE-78
  out, err, status = Open3.capture3("du -sh " + dir)
  [out, err, status]
end

def grep_logs(pattern)
  # expect: CWE-78
  Open3.popen3("grep -r '#{pattern}' /var/log/app") do |_in, out, _err, _thr|
    out.read
  end
end

def list_dir(dir)
  # expect: CWE-78
  IO.popen("ls -la #{dir}").read
  # ok: CWE-78
  IO.popen(["ls", "-la", dir]).read
end

def git_rev
  # ok: CWE-78
  `git rev-parse HEAD`.strip
end

def run_script(name)
  # expect: CWE-78
  pid = spawn({ "RAILS_ENV" => "production" }, "bin/#{name} --quiet")
  Process.wait(pid)
end

def rake_task
  # ok: CWE-78
  system("cd #{Rails.root} && bin/rake assets:precompile")
end

def archive(paths)
  # expect: CWE-78
  %x(tar czf /backups/site.tgz #{paths.join(" ")})
end

def archive_safe(paths)
  # ok: CWE-78
  %x(tar czf /backups/site.tgz #{paths.shelljoin})
end

def run(cmd)
  # ok: CWE-78
  system(cmd)
end

def read_upload
  # expect: CWE-78
  open(params[:filename]).read
end
