package nl.groepskracht.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail server Spring test contexts send to. Its port is {@code groepskracht.test.smtp-port}
 * (Maven property {@code test.smtp.port}, default 3025), so two checkouts can run their tests at once.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("groepskracht.test.smtp-port", 3025);

    private TestSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
