# Labelled cases for rules/ruby/ssrf.yml
require "net/http"
require "open-uri"

class PreviewsController < ApplicationController
  def show
    url = params[:url]
    # expect: CWE-918
    body = Net::HTTP.get(URI(url))
    render plain: body.truncate(500)
  end

  def show_fixed
    # ok: CWE-918
    body = Net::HTTP.get(URI("https://api.example.com/previews/#{params[:id].to_i}"))
    render plain: body
  end

  def fetch_image
    # expect: CWE-918
    data = URI.open(params[:image_url]).read
    send_data data, type: "image/png"
  end

  def fetch_image_parse
    # expect: CWE-918
    data = URI.parse(params[:avatar]).read
    send_data data
  end

  def feed
    # expect: CWE-918
    xml = open(params[:feed_url]).read
    render xml: xml
  end

  def webhook_test
    # expect: CWE-918
    HTTParty.post(params[:webhook], body: { ping: true }.to_json)
    head :ok
  end

  def proxy
    # expect: CWE-918
    conn = Faraday.new(url: params[:endpoint])
    render json: conn.get("/status").body
  end

  def status
    # ok: CWE-918
    conn = Faraday.new(url: "https://status.example.com")
    render json: conn.get("/api/#{params[:component]}").body
  end

  def check_host
    # expect: CWE-918
    Net::HTTP.start(params[:host], 443, use_ssl: true) { |h| h.head("/") }
  end
end

def fetch(url)
  # ok: CWE-918
  Net::HTTP.get_response(URI(url))
end
