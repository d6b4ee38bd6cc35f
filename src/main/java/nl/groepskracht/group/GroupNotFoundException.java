package nl.groepskracht.group;

/** No group with this id (or it was never visible): views show the not-found page. */
public class GroupNotFoundException extends java.util.NoSuchElementException {

    public GroupNotFoundException(long id) {
        super("No group " + id);
    }
}
