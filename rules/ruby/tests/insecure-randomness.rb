# Labelled cases for rules/ruby/insecure-randomness.yml
require "securerandom"
require "digest"

class Session
  def self.generate_token
    # expect: CWE-330
    token = rand(36**32).to_s(36)
    token
  end

  def self.generate_token_safe
    # ok: CWE-330
    token = SecureRandom.urlsafe_base64(32)
    token
  end
end

def generate_password(length = 12)
  chars = [*"a".."z", *"A".."Z", *"0".."9"]
  # expect: CWE-330
  password = Array.new(length) { chars.sample }.join
  password
end

def generate_password_safe(length = 12)
  chars = [*"a".."z", *"A".."Z", *"0".."9"]
  # ok: CWE-330
  password = Array.new(length) { chars.sample(random: SecureRandom) }.join
  password
end

def send_otp(user)
  # expect: CWE-330
  otp = Random.new.rand(100_000..999_999)
  SmsGateway.deliver(user.phone, "Your code: #{otp}")
end

def send_otp_safe(user)
  # ok: CWE-330
  otp = SecureRandom.random_number(900_000) + 100_000
  SmsGateway.deliver(user.phone, "Your code: #{otp}")
end

def backoff(attempt)
  # ok: CWE-330
  delay = (2**attempt) + rand
  sleep(delay)
end

def pick_tip(tips)
  # ok: CWE-330
  tips.sample
end

def deal(deck)
  # ok: CWE-330
  deck.shuffle.first(5)
end

def api_key
  # expect: CWE-330
  key = Kernel.rand.to_s[2..]
  key
end

def salt
  # expect: CWE-330
  Random.rand(2**64).to_s(16)
end

def reset_token_for(user)
  # expect: CWE-330
  reset_token = Digest::SHA1.hexdigest("#{user.email}#{Time.now}")
  reset_token
end

def invite_code
  # expect: CWE-330
  invite = Time.now.to_i.to_s(36).upcase
  invite
end

def invite_code_safe
  # ok: CWE-330
  invite = SecureRandom.alphanumeric(8).upcase
  invite
end

def token_timestamp(session)
  # ok: CWE-330
  session[:token_created_at] = Time.now.to_i
end
