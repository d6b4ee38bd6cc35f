package nl.groepskracht.directory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every theme, wijk and organisation, in the order lists show them: what the public pages name and filter by. */
public record DirectoryLists(List<ThemeItem> themes, List<WijkItem> wijken, List<OrganisationItem> organisations) {

    public Map<Long, String> themeNames() {
        return themes.stream().collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
    }

    public Map<Long, String> wijkNames() {
        return wijken.stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
    }

    public Map<Long, String> organisationNames() {
        return organisations.stream().collect(Collectors.toMap(OrganisationItem::id, OrganisationItem::name));
    }
}
