# Labelled cases for rules/ruby/code-injection.yml

class CalcController < ApplicationController
  def compute
    # expect: CWE-95
    result = eval(params[:expression])
    render plain: result.to_s
  end

  def compute_safe
    a = Float(params[:a])
    b = Float(params[:b])
    ops = { "add" => ->(x, y) { x + y }, "mul" => ->(x, y) { x * y } }
    # ok: CWE-95
    result = ops.fetch(params[:op], ops["add"]).call(a, b)
    render plain: result.to_s
  end

  def sort_by_field
    field = params[:field]
    # expect: CWE-94
    @items = Item.all.sort_by { |i| i.public_send(field) }
  end

  def sort_by_field_safe
    field = %w[name price].include?(params[:field]) ? params[:field] : "name"
    # ok: CWE-94
    @items = Item.order(field.to_sym)
  end

  def build
    # expect: CWE-94
    klass = params[:type].constantize
    @record = klass.new
  end

  def build_safe
    types = { "post" => Post, "page" => Page }
    # ok: CWE-94
    klass = types.fetch(params[:type], Post)
    @record = klass.new
  end

  def preview
    # expect: CWE-94
    render inline: "<h1>#{params[:title]}</h1>"
  end

  def preview_safe
    # ok: CWE-94
    render inline: "<h1><%= title %></h1>", locals: { title: params[:title] }
  end
end

module Attributes
  def self.define_reader(klass, name)
    # expect: CWE-95
    klass.class_eval("def #{name}; @#{name}; end")
  end

  def self.define_reader_block(klass, name)
    # ok: CWE-95
    klass.class_eval { define_method(name) { instance_variable_get("@#{name}") } }
  end
end

def run_snippet(code, ctx)
  # expect: CWE-95
  ctx.instance_eval(code)
end

def constant_eval
  # ok: CWE-95
  eval("1 + 2")
end

def render_mail(body)
  # expect: CWE-94
  ERB.new("Dear customer,\n#{body}\n").result(binding)
end

def render_mail_fixed(customer)
  # ok: CWE-94
  ERB.new(File.read("app/views/mailer/notice.erb")).result_with_hash(customer: customer)
end

def notify(target)
  # expect: CWE-94
  handler = Object.const_get(params[:handler])
  handler.call(target)
end

def dispatch(obj)
  # ok: CWE-94
  obj.public_send(:to_s)
end

# Example of what not to do with request data:
#
#   # expect-comment: CWE-95
#   eval(params[:code])
def doc_example; end
