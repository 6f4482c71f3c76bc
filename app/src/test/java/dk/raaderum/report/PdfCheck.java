package dk.raaderum.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back: its text, its fonts, whether it is tagged, and any glyphs drawn on top of each other (also used by the partnership module's council presentation test). */
public final class PdfCheck {

    record Glyph(int page, String text, float x, float y, float width, float height) {
    }

    public final int pages;
    public final String text;
    public final boolean tagged;
    public final String title;
    public final List<String> fonts = new ArrayList<>();
    public final boolean allFontsEmbedded;
    public final List<String> overlaps = new ArrayList<>();

    public PdfCheck(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            tagged = document.getDocumentCatalog().getStructureTreeRoot() != null
                    && document.getDocumentCatalog().getMarkInfo() != null
                    && document.getDocumentCatalog().getMarkInfo().isMarked();
            title = document.getDocumentInformation().getTitle();
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            allFontsEmbedded = embedded;
            findOverlaps(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two glyphs on the same line whose boxes overlap by more than a point: text drawn over other text. */
    private void findOverlaps(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(),
                            t.getWidthDirAdj(), t.getHeightDir()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        glyphs.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(g -> Math.round(g.y()))
                .thenComparingDouble(Glyph::x));
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            boolean sameLine = a.page() == b.page() && Math.round(a.y()) == Math.round(b.y());
            if (sameLine && b.x() < a.x() + a.width() - 1.0f) {
                overlaps.add("side " + a.page() + ": '" + a.text() + "' og '" + b.text() + "' ved x=" + b.x());
            }
        }
    }
}
