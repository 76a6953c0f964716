package jp.esurety.notification.documents;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The XMP packet every rendered PDF carries, matching its document information entry for entry (as PDF/A requires):
 * Dublin Core title, creator (the issuer), description (the subject) and language, {@code xmp:CreateDate},
 * {@code xmp:ModifyDate}, {@code xmp:MetadataDate}, {@code xmp:CreatorTool}, {@code pdf:Producer}, and the PDF/A
 * identification {@code pdfaid:part=2}, {@code pdfaid:conformance=B}.
 */
final class PdfArchiveMetadata {

    static final int PDFA_PART = 2;
    static final String PDFA_CONFORMANCE = "B";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PdfArchiveMetadata() {
    }

    /**
     * The packet (UTF-8) for a document with this information; {@code created} has whole seconds; a null author or
     * subject is left out (as it is from the document information).
     */
    static String xmp(String title, String author, String subject, String language, OffsetDateTime created,
                      String creatorTool, String producer) {
        String date = XMP_DATE.format(created);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (author == null ? ""
                : "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n")
                + (subject == null ? "" : "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                + escape(subject) + "</rdf:li></rdf:Alt></dc:description>\n")
                + "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + escape(creatorTool) + "</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + escape(producer) + "</pdf:Producer>\n"
                + "   <pdfaid:part>" + PDFA_PART + "</pdfaid:part>\n"
                + "   <pdfaid:conformance>" + PDFA_CONFORMANCE + "</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
