package com.example.xml;

import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import org.dom4j.io.SAXReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

public class InvoiceParser {

    private static final DocumentBuilderFactory SHARED = DocumentBuilderFactory.newInstance();

    static {
        try {
            SHARED.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Document parse(InputStream xml) throws Exception {
        // expect: CWE-611
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(xml);
    }

    public Document parseNamespaced(String xml) throws Exception {
        // expect: CWE-611
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    public Document parseSafe(InputStream xml) throws Exception {
        // ok: CWE-611
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        return dbf.newDocumentBuilder().parse(xml);
    }

    public Document parseNoExternalEntities(InputStream xml) throws Exception {
        // ok: CWE-611
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return dbf.newDocumentBuilder().parse(xml);
    }

    public Document parseShared(InputStream xml) throws Exception {
        // ok: CWE-611
        return SHARED.newDocumentBuilder().parse(xml);
    }

    public void scan(InputStream xml, DefaultHandler handler) throws Exception {
        // expect: CWE-611
        SAXParserFactory spf = SAXParserFactory.newInstance();
        SAXParser parser = spf.newSAXParser();
        parser.parse(xml, handler);
    }

    public void scanSecure(InputStream xml, DefaultHandler handler) throws Exception {
        // ok: CWE-611
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.newSAXParser().parse(xml, handler);
    }

    public XMLStreamReader stream(InputStream xml) throws Exception {
        // expect: CWE-611
        XMLInputFactory xif = XMLInputFactory.newFactory();
        return xif.createXMLStreamReader(xml);
    }

    public XMLStreamReader streamSafe(InputStream xml) throws Exception {
        // ok: CWE-611
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xif.createXMLStreamReader(xml);
    }

    public Transformer stylesheet(InputStream xslt) throws Exception {
        // expect: CWE-611
        TransformerFactory tf = TransformerFactory.newInstance();
        return tf.newTransformer(new StreamSource(xslt));
    }

    public Transformer stylesheetSafe(InputStream xslt) throws Exception {
        // ok: CWE-611
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf.newTransformer(new StreamSource(xslt));
    }

    public org.dom4j.Document dom4j(InputStream xml) throws Exception {
        // expect: CWE-611
        SAXReader reader = new SAXReader();
        return reader.read(xml);
    }
}
