package nl.groepskracht.signup;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.SubmissionKey;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.base.qr.QrCodes;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verwijslinks: a facilitator makes a short link (and QR code) to a group's sign-up page for a
 * partner organisation (school, GP, childcare...) to hand to families; sign-ups through it count for
 * that organisation. The partner needs no account. Codes are random, not secret: they only point to
 * a public page.
 */
@Service
@nl.groepskracht.base.AccessRule("create, list, requireMayRefer: the group's facilitators"
        + " (GroupService.requireManageableRef) or the adviseur for any group; forAdviseur: a signed-in professional;"
        + " resolve, url, qrSvg, qrPng: anyone (a verwijslink is public)")
public class ReferralLinks {

    /** No 0/O, 1/I/L: readable when typed from a flyer. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final GroupService groups;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final String publicUrl;
    private final Submissions submissions;
    private final Clock clock;

    ReferralLinks(JdbcTemplate jdbc, GroupService groups, DirectoryService directory,
            ProfessionalDirectory professionals, @Value("${groepskracht.public-url}") String publicUrl,
            Submissions submissions, Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.directory = directory;
        this.professionals = professionals;
        this.publicUrl = publicUrl;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * A new link for the group, tagged with the referring organisation: by the group's facilitators, or
     * by the adviseur for any group (toeleiding with partners is the adviseur's work); once per submission
     * of the form (a second click returns the link the first one made).
     */
    @Transactional
    public ReferralLink create(long groupId, Long organisationId, SubmissionKey submission) {
        requireMayRefer(groupId);
        if (organisationId == null || !directory.organisationExists(organisationId)) {
            throw new FieldValidationException("organisation", "validation.required");
        }
        long id = submissions.once(submission, "referral-link", () -> {
            var key = new GeneratedKeyHolder();
            String code = newCode();
            jdbc.update(c -> {
                PreparedStatement s = c.prepareStatement("INSERT INTO signup_referral_link (code, group_id,"
                        + " organisation_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                s.setString(1, code);
                s.setLong(2, groupId);
                s.setLong(3, organisationId);
                s.setTimestamp(4, Timestamp.from(clock.instant()));
                s.setString(5, SecurityContextHolder.getContext().getAuthentication().getName());
                return s;
            }, key);
            return key.getKey().longValue();
        }).id();
        String code = jdbc.queryForObject("SELECT code FROM signup_referral_link WHERE id = ?", String.class, id);
        return links(groupId).stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    /** The group's links, newest first, with the number of sign-ups through each. */
    @Transactional(readOnly = true)
    public List<ReferralLink> list(long groupId) {
        requireMayRefer(groupId);
        return links(groupId);
    }

    /** The group, when the signed-in professional may make its verwijslinks (see {@link #create}). */
    @Transactional(readOnly = true)
    public GroupRef requireMayRefer(long groupId) {
        if (professionals.requireCurrent().role() == Role.ADVISEUR) {
            return groups.ref(groupId);
        }
        return groups.requireManageableRef(groupId);
    }

    /** Whether the signed-in professional is the adviseur (who reaches verwijslinks from the monitoring). */
    @Transactional(readOnly = true)
    public boolean forAdviseur() {
        return professionals.requireCurrent().role() == Role.ADVISEUR;
    }

    /** Where a code leads: its group and the suggested answer to "how did you find us" (public pages). */
    @Transactional(readOnly = true)
    public Optional<Referral> resolve(String code) {
        if (code == null || !code.matches("[A-Za-z0-9]{1,12}")) {
            return Optional.empty();
        }
        return jdbc.query("SELECT l.id, l.group_id, o.kind FROM signup_referral_link l"
                + " JOIN organisation o ON o.id = l.organisation_id WHERE l.code = ?",
                (rs, i) -> new Referral(rs.getLong(1), rs.getLong(2), Toeleiding.referredBy(
                        nl.groepskracht.directory.OrganisationKind.valueOf(rs.getString(3)))),
                code.toUpperCase(java.util.Locale.ROOT)).stream().findFirst();
    }

    public String url(String code) {
        return publicUrl + "/aanbod/v/" + code;
    }

    public String qrSvg(String code, String title) {
        return QrCodes.svg(url(code), title);
    }

    public byte[] qrPng(String code) {
        return QrCodes.png(url(code), 12);
    }

    /** The link of a sign-up for this group through this code (a code of another group counts for nothing). */
    Long linkFor(long groupId, String code) {
        return resolve(code).filter(r -> r.groupId() == groupId).map(Referral::linkId).orElse(null);
    }

    private List<ReferralLink> links(long groupId) {
        List<OrganisationItem> organisations = directory.allOrganisations();
        return jdbc.query("SELECT l.code, l.organisation_id, l.created_at,"
                + " (SELECT COUNT(*) FROM registration r WHERE r.referral_link_id = l.id) AS signups"
                + " FROM signup_referral_link l WHERE l.group_id = ? ORDER BY l.created_at DESC, l.id DESC",
                (rs, i) -> {
                    long organisation = rs.getLong(2);
                    return new ReferralLink(rs.getString(1), url(rs.getString(1)), organisations.stream()
                            .filter(o -> o.id() == organisation).map(OrganisationItem::name).findFirst().orElse(""),
                            rs.getTimestamp(3).toInstant(), rs.getInt(4));
                }, groupId);
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A verwijslink as the facilitator sees it. */
    public record ReferralLink(String code, String url, String organisation, java.time.Instant createdAt,
            int signups) {
    }

    /** Where a code leads. */
    public record Referral(long linkId, long groupId, Toeleiding suggested) {
    }
}
