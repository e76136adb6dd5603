# Labelled cases for rules/ruby/xxe.yml
require "nokogiri"

class InvoicesController < ApplicationController
  def import
    xml = request.body.read
    # expect: CWE-611
    doc = Nokogiri::XML(xml) { |config| config.strict.noent }
    render json: { total: doc.at_xpath("//total")&.text }
  end

  def import_safe
    xml = request.body.read
    # ok: CWE-611
    doc = Nokogiri::XML(xml) { |config| config.strict.nonet }
    render json: { total: doc.at_xpath("//total")&.text }
  end

  def import_flags
    # expect: CWE-611
    options = Nokogiri::XML::ParseOptions::NOENT | Nokogiri::XML::ParseOptions::DTDLOAD
    doc = Nokogiri::XML(params[:file].read, nil, "UTF-8", options)
    render xml: doc
  end

  def import_default
    # ok: CWE-611
    doc = Nokogiri::XML(params[:file].read, nil, "UTF-8", Nokogiri::XML::ParseOptions::DEFAULT_XML)
    render xml: doc
  end
end

def libxml_parse(xml)
  # expect: CWE-611
  LibXML::XML.default_substitute_entities = true
  LibXML::XML::Parser.string(xml).parse
end

def option_check(opts)
  # ok: CWE-611
  (opts & Nokogiri::XML::ParseOptions::NOENT) != 0
end

def builder_parse(xml)
  # expect: CWE-611
  Nokogiri::XML::Document.parse(xml, nil, nil, Nokogiri::XML::ParseOptions.new.dtdload)
end
