package nl.groepskracht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailCountTest {

    @Test
    void twoMailsToOneAddressAreTwoMailsAndOnlyARealRepeatIsADuplicate() {
        // outbox 11 and 12: the waiting-list mail and the confirmation request of one parent (one address);
        // 13 arrived twice, 14 was sent and never arrived
        var outbox = Map.of("SENT", Set.of("11", "12", "13", "14"), "PENDING", Set.of("15"));
        var received = Map.of("11", 1, "12", 1, "13", 2);

        MailCount count = MailCount.of(outbox, received);

        assertThat(count.queued()).isEqualTo(5);
        assertThat(count.sent()).isEqualTo(4);
        assertThat(count.received()).isEqualTo(4);
        assertThat(count.lost()).isEqualTo(1);
        assertThat(count.duplicates()).isEqualTo(1);
        assertThat(count.pending()).isEqualTo(1);
    }
}
