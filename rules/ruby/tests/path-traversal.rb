# Labelled cases for rules/ruby/path-traversal.yml

class DownloadsController < ApplicationController
  UPLOAD_DIR = Rails.root.join("storage", "uploads").to_s

  def show
    # expect: CWE-22
    send_file "#{UPLOAD_DIR}/#{params[:name]}"
  end

  def show_safe
    name = File.basename(params[:name])
    # ok: CWE-22
    send_file File.join(UPLOAD_DIR, name)
  end

  def preview
    # expect: CWE-22
    @text = File.read(Rails.root.join("docs", params[:page]))
  end

  def preview_whitelisted
    pages = { "intro" => "intro.md", "faq" => "faq.md" }
    # ok: CWE-22
    @text = File.read(Rails.root.join("docs", pages.fetch(params[:page], "intro.md")))
  end

  def destroy
    path = "public/avatars/#{params[:user]}.png"
    # expect: CWE-22
    FileUtils.rm_f(path)
  end

  def destroy_by_id
    id = params[:user_id].to_i
    # ok: CWE-22
    FileUtils.rm_f("public/avatars/#{id}.png")
  end

  def template
    # expect: CWE-22
    render file: "app/views/pages/#{params[:template]}"
  end

  def template_fixed
    # ok: CWE-22
    render template: "pages/home"
  end

  def log_tail
    # expect: CWE-22
    lines = File.readlines(File.join("/var/log/app", params[:log])).last(100)
    render plain: lines.join
  end

  def export
    # expect: CWE-22
    send_data File.read("exports/" + params[:file]), filename: "export.csv"
  end
end

def read_config(name)
  # ok: CWE-22
  File.read(File.join(__dir__, "config", "#{name}.yml"))
end
