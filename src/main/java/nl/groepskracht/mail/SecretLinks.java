package nl.groepskracht.mail;

import java.util.regex.Pattern;

/** Parents' secret links in mail texts (confirming, their personal page), masked wherever a mail is kept or shown. */
final class SecretLinks {

    /** A secret token in a link: 43 URL-safe characters after a slash. */
    private static final Pattern SECRET_LINK = Pattern.compile("/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private SecretLinks() {
    }

    static String mask(String text) {
        return text == null ? null : SECRET_LINK.matcher(text).replaceAll("/\u2022\u2022\u2022");
    }
}
