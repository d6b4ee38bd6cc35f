package nl.groepskracht.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo demand signals (Zuidwest asks about school refusal and no group runs there) and wijk figures. */
class DemoSignals {

    static final String FACILITATOR = "facilitator@groepskracht.demo";

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

    private void wijk(String name, String cbsCode, int households) {
        long id = wijkId(name);
        jdbc.update("UPDATE wijk SET cbs_code = ? WHERE id = ? AND cbs_code IS NULL", cbsCode, id);
        int year = LocalDate.now(clock.withZone(AppZone.ID)).getYear();
        for (int y = year - 2; y <= year; y++) {
            jdbc.update("INSERT IGNORE INTO wijk_households (wijk_id, year, households_with_children) VALUES (?, ?, ?)",
                    id, y, households + (y - year) * 40);
        }
    }

    private long wijkId(String name) {
        return directory.allWijken().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().id();
    }
}
