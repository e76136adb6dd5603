# Labelled cases for rules/ruby/deserialization.yml
require "yaml"
require "json"
require "base64"

class PrefsController < ApplicationController
  def restore
    # expect: CWE-502
    prefs = Marshal.load(Base64.decode64(cookies[:prefs]))
    render json: prefs
  end

  def restore_json
    # ok: CWE-502
    prefs = JSON.parse(cookies[:prefs] || "{}")
    render json: prefs
  end

  def import
    # expect: CWE-502
    data = YAML.load(params[:file].read)
    Import.create!(payload: data)
  end

  def import_safe
    # ok: CWE-502
    data = YAML.safe_load(params[:file].read, permitted_classes: [Date])
    Import.create!(payload: data)
  end

  def import_permitted
    # ok: CWE-502
    data = YAML.load(request.body.read, permitted_classes: [Symbol])
    Import.create!(payload: data)
  end
end

def load_job(redis, id)
  blob = redis.get("job:#{id}")
  # expect: CWE-502
  Marshal.load(blob)
end

def config
  # ok: CWE-502
  YAML.load(File.read("config/settings.yml"))
end

def legacy_settings(text)
  # expect: CWE-502
  Psych.unsafe_load(text)
end

def theme(name)
  # expect: CWE-502
  YAML.load_file("themes/#{params[:theme]}.yml")
end

def theme_fixed
  # ok: CWE-502
  YAML.load_file(Rails.root.join("config", "theme.yml"))
end

def parse_event(body)
  # expect: CWE-502
  Oj.load(body)
end

def parse_event_strict(body)
  # ok: CWE-502
  Oj.load(body, mode: :strict)
end

def parse_object(body)
  # expect: CWE-502
  Oj.load(body, mode: :object)
end

def parse_legacy(body)
  # expect: CWE-502
  JSON.load(body)
end

def parse_with_additions(body)
  # expect: CWE-502
  JSON.parse(body, create_additions: true)
end

def parse_plain(body)
  # ok: CWE-502
  JSON.parse(body, symbolize_names: true)
end
