package nl.groepskracht.monitoring;

import nl.groepskracht.base.AccessRule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Demo data only: after history was written around the services, the dashboard's read model is rebuilt. */
@Component
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
@AccessRule("no person: the demo data written at start (groepskracht.demo-data.enabled)")
public class MonitoringDemoSupport {

    private final ReadModel readModel;

    MonitoringDemoSupport(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** The next read of the dashboard rebuilds its read model from the tables. */
    public void rebuildAtNextRead() {
        readModel.invalidate();
    }
}
