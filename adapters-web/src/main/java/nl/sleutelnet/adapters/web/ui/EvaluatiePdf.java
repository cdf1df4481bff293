package nl.sleutelnet.adapters.web.ui;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The council's PDF: the report's own XHTML template (tables, no script), laid out by openhtmltopdf on PDFBox with
 * the standard PDF fonts. Charts are left to the web page; the PDF has the same figures as tables.
 */
final class EvaluatiePdf {

    private EvaluatiePdf() {
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be made", e);
        }
    }
}
