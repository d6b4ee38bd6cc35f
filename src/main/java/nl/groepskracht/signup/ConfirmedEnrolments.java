package nl.groepskracht.signup;

import nl.groepskracht.group.Enrolments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the group module how many places are taken (capacity may not drop below it). */
@Component
class ConfirmedEnrolments implements Enrolments {

    private final RegistrationRepository registrations;

    ConfirmedEnrolments(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @Transactional(readOnly = true)
    public int confirmedCount(long groupId) {
        return registrations.countByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED);
    }
}
