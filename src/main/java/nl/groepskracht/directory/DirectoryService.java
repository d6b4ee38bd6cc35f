package nl.groepskracht.directory;

import nl.groepskracht.base.PlainText;
import jakarta.validation.Valid;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Wijken, organisations and themes. Everyone may read them (the public offer filters by wijk and
 * theme); only the adviseur and the administrator change them. Names are unique.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("reading the reference data: anyone (also the filters of the public pages); changes"
        + " carry @PreAuthorize")
public class DirectoryService {

    private static final long NEW = -1L;
    private final WijkRepository wijken;
    private final OrganisationRepository organisations;
    private final ThemeRepository themes;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final DirectoryListsQuery lists;

    DirectoryService(WijkRepository wijken, OrganisationRepository organisations, ThemeRepository themes,
            org.springframework.context.ApplicationEventPublisher events, DirectoryListsQuery lists) {
        this.lists = lists;
        this.wijken = wijken;
        this.organisations = organisations;
        this.themes = themes;
        this.events = events;
    }

    /** Every theme, wijk and organisation in one statement (the public pages name and filter by them). */
    @Transactional(readOnly = true)
    public DirectoryLists lists() {
        return lists.read();
    }

    @Transactional(readOnly = true)
    public Page<WijkItem> wijken(Pageable page) {
        return wijken.findAll(page).map(Wijk::toItem);
    }

    @Transactional(readOnly = true)
    public Page<OrganisationItem> organisations(Pageable page) {
        return organisations.findAll(page).map(Organisation::toItem);
    }

    @Transactional(readOnly = true)
    public List<OrganisationItem> allOrganisations() {
        return organisations.findAll(Sort.by("name")).stream().map(Organisation::toItem).toList();
    }

    @Transactional(readOnly = true)
    public boolean organisationExists(long id) {
        return organisations.existsById(id);
    }

    @Transactional(readOnly = true)
    public boolean wijkExists(long id) {
        return wijken.existsById(id);
    }

    @Transactional(readOnly = true)
    public boolean themeExists(long id) {
        return themes.existsById(id);
    }

    @Transactional(readOnly = true)
    public List<WijkItem> allWijken() {
        return wijken.findAll(Sort.by("municipality", "name")).stream().map(Wijk::toItem).toList();
    }

    @Transactional(readOnly = true)
    public Page<ThemeItem> themes(Pageable page) {
        return themes.findAll(page).map(Theme::toItem);
    }

    @Transactional(readOnly = true)
    public List<ThemeItem> allThemes() {
        return themes.findAll(Sort.by("name")).stream().map(Theme::toItem).toList();
    }

    /** Creates ({@code id == null}) or changes a wijk; returns its id. */
    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public long saveWijk(Long id, @Valid WijkDraft draft) {
        if (wijken.existsByNameAndMunicipalityAndIdNot(PlainText.name(draft.getName()), draft.getMunicipality().strip(),
                orNew(id))) {
            throw new FieldValidationException("name", "wijk.name.taken");
        }
        checkWijkFigures(id, draft);
        Wijk wijk = id == null ? new Wijk() : wijken.findById(id).orElseThrow();
        wijk.apply(draft);
        return saveUnique(wijken, wijk, "name", "wijk.name.taken");
    }

    /** The households with children per year of a wijk (CBS figures typed in), by year. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<Integer, Integer> householdsWithChildren(long wijkId) {
        return wijken.findById(wijkId).map(Wijk::households).orElseGet(java.util.TreeMap::new);
    }

    private void checkWijkFigures(Long id, WijkDraft draft) {
        String code = draft.getCbsCode() == null ? "" : draft.getCbsCode().strip();
        if (!code.isEmpty() && !code.matches("WK[0-9]{6}")) {
            throw new FieldValidationException("cbsCode", "wijk.cbs-code.format");
        }
        if (!code.isEmpty() && wijken.existsByCbsCodeAndIdNot(code, orNew(id))) {
            throw new FieldValidationException("cbsCode", "wijk.cbs-code.taken");
        }
        if ((draft.getHouseholdsYear() == null) != (draft.getHouseholdsWithChildren() == null)) {
            throw new FieldValidationException(draft.getHouseholdsYear() == null ? "householdsYear"
                    : "householdsWithChildren", "wijk.households.both");
        }
    }

    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public long saveOrganisation(Long id, @Valid OrganisationDraft draft) {
        if (organisations.existsByNameAndIdNot(PlainText.name(draft.getName()), orNew(id))) {
            throw new FieldValidationException("name", "organisation.name.taken");
        }
        Organisation organisation = id == null ? new Organisation() : organisations.findById(id).orElseThrow();
        organisation.apply(draft);
        return saveUnique(organisations, organisation, "name", "organisation.name.taken");
    }

    @Transactional
    @PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
    public long saveTheme(Long id, @Valid ThemeDraft draft) {
        if (themes.existsByCodeAndIdNot(draft.getCode().strip(), orNew(id))) {
            throw new FieldValidationException("code", "theme.code.taken");
        }
        if (themes.existsByNameAndIdNot(PlainText.name(draft.getName()), orNew(id))) {
            throw new FieldValidationException("name", "theme.name.taken");
        }
        Theme theme = id == null ? new Theme() : themes.findById(id).orElseThrow();
        theme.apply(draft);
        return saveUnique(themes, theme, "name", "theme.name.taken");
    }

    private static long orNew(Long id) {
        return id == null ? NEW : id;
    }

    /** The unique keys decide when two people save the same name at the same moment. */
    private <T extends nl.groepskracht.base.AbstractEntity> long saveUnique(
            org.springframework.data.jpa.repository.JpaRepository<T, Long> repository, T entity, String field,
            String messageKey) {
        try {
            long id = repository.saveAndFlush(entity).getId();
            events.publishEvent(new DirectoryChanged());
            return id;
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException(field, messageKey);
        }
    }
}
