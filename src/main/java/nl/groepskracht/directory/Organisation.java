package nl.groepskracht.directory;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.groepskracht.base.AbstractEntity;

@Entity
class Organisation extends AbstractEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    void apply(OrganisationDraft draft) {
        name = PlainText.name(draft.getName());
        kind = draft.getKind();
    }

    OrganisationItem toItem() {
        return new OrganisationItem(getId(), name, kind);
    }
}
