<?php
// Labelled cases for rules/php/xxe.yml

function parse_invoice($xml)
{
    $doc = new DOMDocument();
    // expect: CWE-611
    $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
    return $doc->getElementsByTagName('total')->item(0)->nodeValue;
}

function parse_invoice_safe($xml)
{
    $doc = new DOMDocument();
    // ok: CWE-611
    $doc->loadXML($xml, LIBXML_NONET);
    return $doc->getElementsByTagName('total')->item(0)->nodeValue;
}

function read_feed()
{
    $body = file_get_contents('php://input');
    // expect: CWE-611
    $feed = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NOENT);
    return (string) $feed->channel->title;
}

function read_feed_safe()
{
    $body = file_get_contents('php://input');
    // ok: CWE-611
    $feed = simplexml_load_string($body, 'SimpleXMLElement', LIBXML_NOCDATA | LIBXML_NONET);
    return (string) $feed->channel->title;
}

function upload_xml($path)
{
    // expect: CWE-611
    libxml_disable_entity_loader(false);
    // expect: CWE-611
    return new SimpleXMLElement(file_get_contents($path), LIBXML_DTDLOAD);
}

function harden()
{
    // ok: CWE-611
    libxml_disable_entity_loader(true);
}

function soap_options()
{
    // expect: CWE-611
    $flags = LIBXML_NOENT | LIBXML_NOCDATA;
    return $flags;
}

function stream_reader($file)
{
    $reader = new XMLReader();
    $reader->open($file);
    // expect: CWE-611
    $reader->setParserProperty(XMLReader::SUBST_ENTITIES, true);
    // ok: CWE-611
    $reader->setParserProperty(XMLReader::VALIDATE, false);
    return $reader;
}

function dom_props($xml)
{
    $dom = new DOMDocument();
    // expect: CWE-611
    $dom->substituteEntities = true;
    // ok: CWE-611
    $dom->preserveWhiteSpace = false;
    $dom->loadXML($xml);
    return $dom;
}
