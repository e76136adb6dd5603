# Labelled cases for rules/ruby/xss.yml

module CommentsHelper
  def render_comment(comment)
    # expect: CWE-79
    raw comment.body
  end

  def render_comment_sanitized(comment)
    # ok: CWE-79
    raw sanitize(comment.body, tags: %w[b i a])
  end

  def highlight(term, text)
    # expect: CWE-79
    text.gsub(term, "<mark>#{term}</mark>").html_safe
  end

  def badge(label)
    # expect: CWE-79
    "<span class=\"badge\">#{label}</span>".html_safe
  end

  def badge_escaped(label)
    # ok: CWE-79
    content_tag(:span, label, class: "badge")
  end

  def divider
    # ok: CWE-79
    "<hr class=\"divider\">".html_safe
  end

  def intro
    # ok: CWE-79
    t("home.intro_html").html_safe
  end
end

class SearchController < ApplicationController
  def show
    # expect: CWE-79
    @heading = params[:q].html_safe
  end

  def show_plain
    # ok: CWE-79
    render plain: "Results for #{params[:q]}"
  end

  def legacy
    # expect: CWE-79
    render text: "<h1>#{params[:title]}</h1>"
  end

  def go
    # expect: CWE-601
    redirect_to params[:return_to]
  end

  def go_home
    # ok: CWE-601
    redirect_to root_path
  end

  def go_local
    # ok: CWE-601
    redirect_to params[:return_to], allow_other_host: false
  end

  def create
    # expect: CWE-915
    @user = User.new(params[:user])
    # ok: CWE-915
    @user2 = User.new(params.require(:user).permit(:name, :email))
    # expect: CWE-915
    @user3 = User.new(params.require(:user).permit!)
  end
end

class App < Sinatra::Base
  get "/hello" do
    # expect: CWE-79
    "<h1>Hello #{params[:name]}</h1>"
  end

  get "/hello_safe" do
    # ok: CWE-79
    "<h1>Hello #{Rack::Utils.escape_html(params[:name])}</h1>"
  end

  post "/echo" do
    # expect: CWE-79
    halt 400, "Unknown field: #{params[:field]}"
  end
end
