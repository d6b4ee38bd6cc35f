package nl.groepskracht.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF against PDF/UA-1 with veraPDF (the validator the PDF Association maintains). */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The rules the document breaks, each as "clause-test: description (how often)"; empty when it passes. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1); PDFAValidator validator = Foundries.defaultInstance()
                        .createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> broken = new TreeMap<>();
            if (!result.isCompliant() && result.getTestAssertions().isEmpty()) {
                broken.put("not compliant, without a rule named: " + result.getValidationProfile().getPDFAFlavour(), 1);
            }
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage();
                    broken.merge(rule, 1, Integer::sum);
                }
            }
            return broken.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + "x)").toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        }
    }

    /** Prints what veraPDF says of PDF files given as arguments (a tool for looking at a report by hand). */
    public static void main(String[] files) throws Exception {
        for (String file : files) {
            System.out.println(file + ": " + String.join("\n  ", failures(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)))));
        }
    }
}
