# Labelled cases for rules/ruby/tls-verification.yml
require "net/http"
require "openssl"

def fetch_status(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  # expect: CWE-295
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  http.get("/status").body
end

def fetch_status_safe(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  # ok: CWE-295
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  # ok: CWE-295
  http.ca_file = "/etc/ssl/certs/internal-ca.pem"
  http.get("/status").body
end

def start_insecure(uri)
  # expect: CWE-295
  Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |h|
    h.request(Net::HTTP::Get.new(uri))
  end
end

def faraday_client(url)
  # expect: CWE-295
  Faraday.new(url: url, ssl: { verify: false })
end

def faraday_client_safe(url)
  # ok: CWE-295
  Faraday.new(url: url, ssl: { verify: true, ca_file: "/etc/pki/ca.pem" })
end

def party(url)
  # expect: CWE-295
  HTTParty.get(url, verify: false, timeout: 5)
end

def party_safe(url)
  # ok: CWE-295
  HTTParty.get(url, timeout: 5)
end

def rest(url)
  # expect: CWE-295
  RestClient::Request.execute(method: :get, url: url, verify_ssl: false)
end

def excon_defaults
  # expect: CWE-295
  Excon.defaults[:ssl_verify_peer] = false
end

def typhoeus(url)
  # expect: CWE-295
  Typhoeus.get(url, ssl_verifypeer: false, ssl_verifyhost: 0)
end

def ctx_check(ctx)
  # ok: CWE-295
  warn "insecure context" if ctx.verify_mode == OpenSSL::SSL::VERIFY_NONE
end

def hostname_check(http)
  # expect: CWE-295
  http.verify_hostname = false
end

def signup_form
  # ok: CWE-295
  { email: "", verify_email: false }
end
