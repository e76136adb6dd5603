using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace Feeds.Import
{
    public class FeedParser
    {
        public XmlDocument LoadWithDtd(Stream input)
        {
            var settings = new XmlReaderSettings
            {
                // expect: CWE-611
                DtdProcessing = DtdProcessing.Parse,
                XmlResolver = new XmlUrlResolver(),
            };
            using var reader = XmlReader.Create(input, settings);
            var doc = new XmlDocument();
            doc.Load(reader);
            return doc;
        }

        public XmlDocument LoadSafe(Stream input)
        {
            var settings = new XmlReaderSettings
            {
                // ok: CWE-611
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            };
            using var reader = XmlReader.Create(input, settings);
            var doc = new XmlDocument();
            doc.Load(reader);
            return doc;
        }

        public XmlDocument LoadDocument(string xml)
        {
            var doc = new XmlDocument();
            // expect: CWE-611
            doc.XmlResolver = new XmlUrlResolver();
            doc.LoadXml(xml);
            return doc;
        }

        public XmlDocument LoadDocumentSafe(string xml)
        {
            // ok: CWE-611
            var doc = new XmlDocument { XmlResolver = null };
            doc.LoadXml(xml);
            return doc;
        }

        public XmlReader LegacyReader(Stream input)
        {
            var settings = new XmlReaderSettings();
            // expect: CWE-611
            settings.ProhibitDtd = false;
            return XmlReader.Create(input, settings);
        }

        public XmlReader IgnoreDtd(Stream input)
        {
            var settings = new XmlReaderSettings();
            // ok: CWE-611
            settings.DtdProcessing = DtdProcessing.Ignore;
            return XmlReader.Create(input, settings);
        }

        public XDocument LoadLinq(Stream input)
        {
            // ok: CWE-611
            return XDocument.Load(input);
        }
    }
}
