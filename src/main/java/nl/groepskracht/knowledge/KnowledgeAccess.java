package nl.groepskracht.knowledge;

import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with knowledge: every professional reads and comments (parents have no account,
 * so never); facilitators and the adviseur write; an item is changed by its author or the adviseur.
 */
@Component
class KnowledgeAccess {

    static final String PROFESSIONALS = "@currentAccount.hasAnyRole('FACILITATOR', 'ADVISEUR', 'ADMIN')";
    static final String WRITERS = "@currentAccount.hasAnyRole('FACILITATOR', 'ADVISEUR')";

    private final ProfessionalDirectory professionals;

    KnowledgeAccess(ProfessionalDirectory professionals) {
        this.professionals = professionals;
    }

    Professional me() {
        return professionals.requireCurrent();
    }

    boolean mayEdit(KnowledgeItem item, Professional who) {
        return who.role() == Role.ADVISEUR || item.getAuthorId() == who.id();
    }

    Professional requireEditor(KnowledgeItem item) {
        Professional me = me();
        if (!mayEdit(item, me)) {
            throw new AccessDeniedException("only the author or the adviseur may change knowledge item "
                    + item.getId());
        }
        return me;
    }
}
