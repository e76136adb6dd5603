# Labelled cases for rules/ruby/weak-crypto.yml
require "openssl"
require "net/http"

class LegacyVault
  # expect: CWE-327
  CIPHER = "aes-128-ecb"
  # ok: CWE-327
  MODERN_CIPHER = "aes-256-gcm"

  def encrypt(data, key)
    # expect: CWE-327
    c = OpenSSL::Cipher.new("des-ede3-cbc")
    c.encrypt
    c.key = key
    c.update(data) + c.final
  end

  def encrypt_gcm(data, key)
    # ok: CWE-327
    c = OpenSSL::Cipher.new("aes-256-gcm")
    c.encrypt
    c.key = key
    c.iv = iv = c.random_iv
    [iv, c.update(data) + c.final, c.auth_tag]
  end

  def ecb_block(key)
    # expect: CWE-327
    OpenSSL::Cipher::AES.new(128, :ECB)
  end

  def cbc_block(key)
    # ok: CWE-327
    OpenSSL::Cipher::AES.new(256, :CBC)
  end

  def stream(key)
    # expect: CWE-327
    OpenSSL::Cipher::RC4.new
  end
end

def encryptor_options
  # expect: CWE-327
  { cipher: "bf-cbc", key_len: 16 }
end

def old_tls_client(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  # expect: CWE-327
  http.ssl_version = :TLSv1
  http
end

def modern_tls_client(host)
  http = Net::HTTP.new(host, 443)
  http.use_ssl = true
  # ok: CWE-327
  http.min_version = :TLS1_2
  http
end

def context_min
  ctx = OpenSSL::SSL::SSLContext.new
  # expect: CWE-327
  ctx.min_version = OpenSSL::SSL::TLS1_VERSION
  ctx
end

def context_check(ctx)
  # ok: CWE-327
  ctx.min_version == OpenSSL::SSL::TLS1_VERSION
end

def start_session(host)
  # expect: CWE-327
  Net::HTTP.start(host, 443, use_ssl: true, ssl_version: :SSLv3) { |h| h.get("/") }
end

def faraday_conn(url)
  # expect: CWE-327
  Faraday.new(url: url, ssl: { version: "TLSv1_1" })
end

def faraday_conn_modern(url)
  # ok: CWE-327
  Faraday.new(url: url, ssl: { min_version: :TLS1_2 })
end

def weak_key
  # expect: CWE-326
  OpenSSL::PKey::RSA.new(1024)
end

def strong_key
  # ok: CWE-326
  OpenSSL::PKey::RSA.new(4096)
end

def sign(key, data)
  # expect: CWE-327
  legacy = key.sign(OpenSSL::Digest::SHA1.new, data)
  # ok: CWE-327
  current = key.sign(OpenSSL::Digest.new("SHA256"), data)
  [legacy, current]
end
