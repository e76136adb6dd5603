# Labelled cases for rules/ruby/timing.yml

class WebhooksController < ApplicationController
  def receive
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_SECRET"), request.raw_post)
    # expect: CWE-208
    head :unauthorized unless request.headers["X-Signature"] == expected
  end

  def receive_safe
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_SECRET"), request.raw_post)
    # ok: CWE-208
    head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(request.headers["X-Signature"].to_s, expected)
  end
end

class ApiAuth
  def authorized?(given_token)
    # expect: CWE-208
    given_token == @api_token
  end

  def authorized_safe?(given_token)
    # ok: CWE-208
    Rack::Utils.secure_compare(given_token.to_s, @api_token)
  end

  def token_present?(token)
    # ok: CWE-208
    token != nil && token.length == 40
  end

  def otp_valid?(user, otp)
    # expect: CWE-208
    user.otp_secret_digest.eql?(Digest::SHA256.hexdigest(otp))
  end

  def same_owner?(a, b)
    # ok: CWE-208
    a.user_id == b.user_id
  end

  def password_confirmed?(password, password_confirmation)
    # ok: CWE-208
    password == password_confirmation
  end

  def bcrypt_ok?(user, password)
    # ok: CWE-208
    BCrypt::Password.new(user.password_digest) == password
  end
end
