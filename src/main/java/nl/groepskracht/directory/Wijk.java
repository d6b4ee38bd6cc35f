package nl.groepskracht.directory;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.groepskracht.base.AbstractEntity;

@Entity
class Wijk extends AbstractEntity {

    private String name;
    private String municipality;
    /** CBS wijkcode, e.g. WK034401 (optional). */
    @Column(name = "cbs_code")
    private String cbsCode;
    /** Households with children per year (CBS "Kerncijfers wijken en buurten"), for reach per 1 000 households. */
    @ElementCollection
    @CollectionTable(name = "wijk_households", joinColumns = @JoinColumn(name = "wijk_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "households_with_children")
    private Map<Integer, Integer> households = new HashMap<>();

    void apply(WijkDraft draft) {
        name = PlainText.name(draft.getName());
        municipality = draft.getMunicipality().strip();
        cbsCode = draft.getCbsCode() == null || draft.getCbsCode().isBlank() ? null : draft.getCbsCode().strip();
        if (draft.getHouseholdsYear() != null) {
            households.put(draft.getHouseholdsYear(), draft.getHouseholdsWithChildren());
        }
    }

    SortedMap<Integer, Integer> households() {
        return new TreeMap<>(households);
    }

    WijkItem toItem() {
        return new WijkItem(getId(), name, municipality, cbsCode);
    }
}
