#include <libxml/parser.h>
#include <libxml/xmlreader.h>

xmlDocPtr parse_upload(const char *buf, int len)
{
    /* expect: CWE-611 */
    return xmlReadMemory(buf, len, "upload.xml", NULL, XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
}

xmlDocPtr parse_upload_safe(const char *buf, int len)
{
    /* ok: CWE-611 */
    return xmlReadMemory(buf, len, "upload.xml", NULL, XML_PARSE_NONET);
}

xmlDocPtr parse_config(const char *path)
{
    /* ok: CWE-611 */
    return xmlReadFile(path, NULL, 0);
}

xmlDocPtr parse_feed(xmlParserCtxtPtr ctxt, const char *buf, int len)
{
    int opts = XML_PARSE_NONET | XML_PARSE_NOCDATA;
    /* ok: CWE-611 */
    xmlCtxtUseOptions(ctxt, opts & ~XML_PARSE_NOENT);
    /* expect: CWE-611 */
    return xmlCtxtReadMemory(ctxt, buf, len, "feed.xml", NULL, XML_PARSE_NOENT);
}

void legacy_init(void)
{
    /* expect: CWE-611 */
    xmlSubstituteEntitiesDefault(1);
}

void strict_init(void)
{
    /* ok: CWE-611 */
    xmlSubstituteEntitiesDefault(0);
}
