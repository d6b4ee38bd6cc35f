package nl.groepskracht.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import java.util.List;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkDraft;
import nl.groepskracht.directory.WijkItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo demand signals (Zuidwest asks about school refusal and no group runs there), and wijk figures typed
 * in through the directory's service as the demo adviseur.
 */
class DemoSignals {

    static final String FACILITATOR = "facilitator@groepskracht.demo";
    private static final String ADVISEUR = "adviseur@groepskracht.demo";

    private final JdbcTemplate jdbc;
    private final DirectoryService directory;
    private final Clock clock;

    DemoSignals(JdbcTemplate jdbc, DirectoryService directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        signal("schoolverzuim", "Zuidwest", "JGZ Utrecht", 6, today.minusDays(40), "OPEN",
                "Op het consultatiebureau vragen ouders vaak hoe ze hun kind weer naar school krijgen.");
        signal("schoolverzuim", "Zuidwest", "Basisschool De Regenboog", 4, today.minusDays(12), "OPEN",
                "Vier gezinnen met een kind dat thuiszit; ouders willen elkaar spreken.");
        signal("echtscheiding", "Zuidwest", "Welzijn Utrecht", 5, today.minusDays(25), "OPEN", null);
        signal("overgewicht", "Overvecht", "Huisartsenpraktijk Overvecht", 7, today.minusDays(30), "OPEN",
                "De praktijkondersteuner ziet veel jonge kinderen met overgewicht.");
        signal("echtscheiding", "Kanaleneiland", "Lokalis buurtteam Kanaleneiland", 3, today.minusDays(90), "CLOSED",
                "Opgepakt: ouders verwezen naar de groep in Overvecht.");
        wijk("Overvecht", "WK034405", 4300);
        wijk("Kanaleneiland", "WK034407", 3100);
        wijk("Noordwest", "WK034403", 4800);
        wijk("Leidsche Rijn", "WK034409", 9800);
        wijk("Zuidwest", "WK034406", 3600);
    }

    private void signal(String theme, String wijk, String organisation, int families, LocalDate noticed,
            String status, String note) {
        jdbc.update("INSERT INTO monitoring_demand_signal (theme_id, wijk_id, organisation_id, families, note,"
                + " noticed_on, status, closed_at, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                directory.allThemes().stream().filter(t -> t.code().equals(theme)).findFirst().orElseThrow().id(),
                wijkId(wijk), directory.allOrganisations().stream().filter(o -> o.name().equals(organisation))
                        .findFirst().orElseThrow().id(), families, note, noticed, status,
                status.equals("CLOSED") ? Timestamp.from(clock.instant()) : null, FACILITATOR,
                Timestamp.from(clock.instant()));
    }

    /** The wijk's CBS code and households of the last three years, typed in as the adviseur does. */
    private void wijk(String name, String cbsCode, int households) {
        WijkItem wijk = directory.allWijken().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
        int year = LocalDate.now(clock.withZone(AppZone.ID)).getYear();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(ADVISEUR, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADVISEUR))));
        try {
            for (int y = year - 2; y <= year; y++) {
                WijkDraft draft = wijk.toDraft();
                draft.setCbsCode(wijk.cbsCode() == null ? cbsCode : wijk.cbsCode());
                draft.setHouseholdsYear(y);
                draft.setHouseholdsWithChildren(households + (y - year) * 40);
                directory.saveWijk(wijk.id(), draft);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long wijkId(String name) {
        return directory.allWijken().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().id();
    }
}
