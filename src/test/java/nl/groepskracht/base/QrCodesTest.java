package nl.groepskracht.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import nl.groepskracht.base.qr.QrCodes;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://groepen.gemeente.nl/aanbod/v/K7Q2XMA";

    @Test
    void the_png_reads_back_as_the_url() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 8)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
    }

    @Test
    void the_svg_is_one_path_with_a_title_for_screen_readers_and_escapes_it() {
        String svg = QrCodes.svg(URL, "QR-code <school> & \"ouders\"");
        assertThat(svg).startsWith("<svg").contains("<title>QR-code &lt;school&gt; &amp; &quot;ouders&quot;</title>")
                .containsOnlyOnce("<path");
    }
}
