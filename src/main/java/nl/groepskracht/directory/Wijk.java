package nl.groepskracht.directory;

import jakarta.persistence.Entity;
import nl.groepskracht.base.AbstractEntity;

@Entity
class Wijk extends AbstractEntity {

    private String name;
    private String municipality;

    void apply(WijkDraft draft) {
        name = draft.getName().strip();
        municipality = draft.getMunicipality().strip();
    }

    WijkItem toItem() {
        return new WijkItem(getId(), name, municipality);
    }
}
