# Labelled cases for rules/ruby/hardcoded-secrets.yml

module Billing
  # expect: CWE-798
  STRIPE_API_KEY = "sk_live_51H8xQ2LkdT0pQzRbW9u3mN7v"
  # ok: CWE-798
  STRIPE_PUBLIC_KEY = ENV.fetch("STRIPE_PUBLIC_KEY")
  # ok: CWE-798
  TOKEN_TTL = 3600
end

Rails.application.configure do
  # expect: CWE-798
  config.secret_key_base = "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100"
  # ok: CWE-798
  config.secret_key_base = Rails.application.credentials.secret_key_base
end

class ReportsClient
  def initialize
    # expect: CWE-798
    @api_token = "a8f5f167f44f4964e6c998dee827110c"
    # ok: CWE-798
    @token_header = "X-Api-Token"
  end

  def connection
    # expect: CWE-798
    Mysql2::Client.new(host: "db.internal", username: "reports", password: "R3p0rts!2021")
  end

  def connection_env
    # ok: CWE-798
    Mysql2::Client.new(host: ENV["DB_HOST"], username: ENV["DB_USER"], password: ENV["DB_PASSWORD"])
  end
end

class AdminController < ApplicationController
  # expect: CWE-798
  http_basic_authenticate_with name: "admin", password: "s3cr3tAdm1n"

  def login
    # expect: CWE-798
    if params[:password] == "letmein2020"
      session[:admin] = true
    end
  end

  def login_safe
    # ok: CWE-798
    if ActiveSupport::SecurityUtils.secure_compare(params[:password].to_s, ENV.fetch("ADMIN_PASSWORD"))
      session[:admin] = true
    end
  end
end

def smtp_settings
  {
    address: "smtp.mailgun.org",
    # expect: CWE-798
    user_name: "postmaster@mg.example.org", password: "mgpass-7731",
    # ok: CWE-798
    authentication: :plain,
  }
end

def jwt_secret
  # expect: CWE-798
  ENV.fetch("JWT_SECRET", "dev-secret-8d7f6e")
end

def jwt_secret_required
  # ok: CWE-798
  ENV.fetch("JWT_SECRET")
end

def github_client
  # expect: CWE-798
  Octokit::Client.new(access_token: "ghp_R8sTq2LmN4vX7yZ1aB3cD5eF7gH9iJ0kL2mN")
end

def connect(host, password = "changeme")
  # ok: CWE-798
  Net::SSH.start(host, "deploy", password: password)
end

def form_labels
  # ok: CWE-798
  password_label = "Enter your password"
  # ok: CWE-798
  token = "csrf_token"
  [password_label, token]
end

def fetch_report(http)
  # expect: CWE-798
  http.basic_auth("reporter", "Rep0rt3r!")
end

def s3
  Aws::S3::Client.new(
    region: "eu-west-1",
    # expect: CWE-798
    access_key_id: "AKIAJ7Q3EXAMPLN2WXYZ",
    # expect: CWE-798
    secret_access_key: "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"
  )
end

def call_api(http, req)
  # expect: CWE-798
  req["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"
  # ok: CWE-798
  req["Authorization"] = "Bearer #{ENV.fetch("API_TOKEN")}"
  http.request(req)
end

def locale_labels
  {
    # ok: CWE-798
    password: "Passwort",
    # ok: CWE-798
    password_hint: "Mindestens 12 Zeichen",
  }
end

def stripe_setup
  # expect: CWE-798
  Stripe.api_key = "sk_test_51HqLyjWDarjtT1zdp7dcXaB"
  # ok: CWE-798
  Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")
end

# expect: CWE-798
REDIS_URL = "redis://:Qx7vL2mZr9@cache.internal:6379/0"
# ok: CWE-798
QUEUE_URL = "redis://cache.internal:6379/1"
# expect: CWE-798
LEGACY_JWT_SECRET = "change-me-jwt-secret-2024"
# ok: CWE-798
SESSION_SECRET = "changeme"
