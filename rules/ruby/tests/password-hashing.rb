# Labelled cases for rules/ruby/password-hashing.yml
require "digest"
require "openssl"
require "bcrypt"

class User < ApplicationRecord
  def password=(plain)
    # expect: CWE-328
    self.password_digest = Digest::MD5.hexdigest(plain)
  end

  def authenticate_legacy(password)
    # expect: CWE-328, CWE-208
    encrypted_password == Digest::SHA1.hexdigest("#{salt}--#{password}")
  end

  def password_safe=(plain)
    # ok: CWE-328
    self.password_digest = BCrypt::Password.create(plain)
  end
end

def hash_password(pw)
  # expect: CWE-328
  OpenSSL::Digest::MD5.hexdigest(pw)
end

def gravatar(email)
  # ok: CWE-328
  "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email.strip.downcase)}"
end

def etag_for(body)
  # ok: CWE-328
  Digest::SHA1.hexdigest(body)
end

def reset_token_digest(password_reset_token)
  # ok: CWE-328
  Digest::SHA1.hexdigest(password_reset_token)
end

def store_pin(pin_password)
  # expect: CWE-916
  digest = Digest::SHA256.hexdigest(pin_password)
  Setting.create!(key: "pin", value: digest)
end

def sign_payload(payload, secret)
  # ok: CWE-916
  OpenSSL::HMAC.hexdigest("SHA256", secret, payload)
end

def file_checksum(path)
  # ok: CWE-916
  Digest::SHA256.file(path).hexdigest
end

def derive(password, salt)
  # expect: CWE-916
  OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 1000, 32, OpenSSL::Digest.new("SHA256"))
end

def derive_kdf(password, salt)
  # expect: CWE-916
  OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 20_000, length: 32, hash: "sha256")
end

def derive_strong(password, salt)
  # ok: CWE-916
  OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 600_000, length: 32, hash: "sha256")
end

ITERATIONS = 5000

def derive_const(password, salt)
  # expect: CWE-916
  OpenSSL::PKCS5.pbkdf2_hmac_sha1(password, salt, ITERATIONS, 20)
end

def cheap_bcrypt(password)
  # expect: CWE-916
  BCrypt::Password.create(password, cost: 4)
end

def normal_bcrypt(password)
  # ok: CWE-916
  BCrypt::Password.create(password, cost: 12)
end
