package nl.groepskracht.knowledge;

import java.util.NoSuchElementException;

/** No item (or version, or attachment) with this id: the view shows its not-found page. */
public class KnowledgeNotFoundException extends NoSuchElementException {

    public KnowledgeNotFoundException(String what) {
        super(what);
    }
}
