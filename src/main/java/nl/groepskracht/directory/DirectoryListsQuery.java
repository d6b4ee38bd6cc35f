package nl.groepskracht.directory;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the three lists of {@link DirectoryLists} in one statement (a page of the offer names them all), each in
 * the order its own list has: themes and organisations by name, wijken by municipality and name.
 */
@Component
class DirectoryListsQuery {

    private static final String ALL = """
            SELECT 'T' AS part, id, code AS a, name AS b, description AS c, name AS k1, '' AS k2 FROM theme
            UNION ALL SELECT 'W', id, name, municipality, cbs_code, municipality, name FROM wijk
            UNION ALL SELECT 'O', id, name, kind, NULL, name, '' FROM organisation
            ORDER BY part DESC, k1, k2, id""";
    private final EntityManager entityManager;

    DirectoryListsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    DirectoryLists read() {
        List<ThemeItem> themes = new ArrayList<>();
        List<WijkItem> wijken = new ArrayList<>();
        List<OrganisationItem> organisations = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(ALL).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[1]).longValue();
            switch (String.valueOf(r[0])) { // a one-letter literal comes back as a Character
                case "T" -> themes.add(new ThemeItem(id, (String) r[2], (String) r[3], (String) r[4]));
                case "W" -> wijken.add(new WijkItem(id, (String) r[2], (String) r[3], (String) r[4]));
                default -> organisations.add(new OrganisationItem(id, (String) r[2],
                        OrganisationKind.valueOf((String) r[3])));
            }
        }
        return new DirectoryLists(List.copyOf(themes), List.copyOf(wijken), List.copyOf(organisations));
    }
}
