package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.DemandSignalDraft;
import nl.groepskracht.monitoring.DemandSignalItem;
import nl.groepskracht.monitoring.DemandSignals;
import nl.groepskracht.monitoring.SignalStatus;
import org.springframework.data.domain.Sort;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.base.ui.Toasts;

/** Demand signals: record where parents keep asking the same question, correct, close ("opgepakt"). */
@Route("signalen")
@Menu(order = 45, title = "menu.signals", icon = "vaadin:lightbulb")
@RolesAllowed({Roles.FACILITATOR, Roles.ADVISEUR})
public class DemandSignalsView extends VerticalLayout implements TranslatedTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final DemandSignals signals;
    private final List<ThemeItem> themes;
    private final List<WijkItem> wijken;
    private final List<OrganisationItem> organisations;
    private final Clock clock;
    private final Grid<DemandSignalItem> grid = new Grid<>();
    private final ComboBox<WijkItem> wijk = new ComboBox<>();
    private final ComboBox<ThemeItem> theme = new ComboBox<>();
    private final Select<SignalStatus> status = new Select<>();

    DemandSignalsView(DemandSignals signals, DirectoryService directory, Clock clock) {
        this.signals = signals;
        this.clock = clock;
        themes = directory.allThemes();
        wijken = directory.allWijken();
        organisations = directory.allOrganisations();
        addClassName("gk-page");
        setSizeFull();
        var add = new OnceButton(getTranslation("demand.new"), VaadinIcon.PLUS.create(), e -> edit(null, newDraft()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-signal");
        columns();
        Grids.loadLazily(grid, page -> signals.list(id(wijk.getValue()), id(theme.getValue()), status.getValue(), page),
                Sort.by(Sort.Order.desc("noticedOn"), Sort.Order.desc("id")));
        grid.addItemClickListener(e -> edit(e.getItem().id(), e.getItem().toDraft()));
        add(new ViewHeader(getTranslation("menu.signals"), add), new Paragraph(getTranslation("demand.intro")),
                filters(), grid);
    }

    /** {@code ?wijk=3&thema=2}: the open signals behind a row of "Hier zou een groep kunnen starten". */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("wijk").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).flatMap(id ->
                wijken.stream().filter(w -> w.id() == id).findFirst()).ifPresent(wijk::setValue);
        query.getSingleParameter("thema").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).flatMap(id ->
                themes.stream().filter(t -> t.id() == id).findFirst()).ifPresent(theme::setValue);
    }

    private void columns() {
        grid.setId("signals");
        var day = nl.groepskracht.base.i18n.Dates.day(getLocale());
        Map<Long, String> themeNames = themes.stream().collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
        Map<Long, String> wijkNames = wijken.stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
        Map<Long, String> sources = organisations.stream().collect(Collectors.toMap(OrganisationItem::id,
                OrganisationItem::name));
        grid.addColumn(s -> s.noticedOn().format(day)).setHeader(getTranslation("demand.noticed"))
                .setSortProperty("noticedOn");
        grid.addColumn(s -> wijkNames.get(s.wijkId())).setHeader(getTranslation("monitoring.wijk"));
        grid.addColumn(s -> themeNames.get(s.themeId())).setHeader(getTranslation("monitoring.theme"));
        grid.addColumn(s -> sources.get(s.organisationId())).setHeader(getTranslation("demand.organisation"));
        grid.addColumn(DemandSignalItem::families).setHeader(getTranslation("demand.families"))
                .setSortProperty("families");
        grid.addColumn(s -> s.note() == null ? "" : s.note()).setHeader(getTranslation("demand.note")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("demand.status." + s.status().name())).setHeader(getTranslation(
                "demand.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusAction).setKey("action").setAutoWidth(true).setFlexGrow(0);
    }

    /** The action says what it does ("Markeren als opgepakt"); closing shows a message with an undo. */
    private Button statusAction(DemandSignalItem signal) {
        boolean open = signal.status() == SignalStatus.OPEN;
        var button = new OnceButton(getTranslation(open ? "demand.close" : "demand.reopen"), e -> {
            if (open) {
                signals.close(signal.id());
                Toasts.withAction(getTranslation("demand.closed"), getTranslation("demand.undo"),
                        "undo-close-signal", () -> {
                            signals.reopen(signal.id());
                            grid.getDataProvider().refreshAll();
                            Toasts.success(getTranslation("demand.reopened"));
                        });
            } else {
                signals.reopen(signal.id());
                Toasts.success(getTranslation("demand.reopened"));
            }
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId((open ? "close-signal-" : "reopen-signal-") + signal.id());
        return button;
    }

    private FlexLayout filters() {
        wijk.setLabel(getTranslation("monitoring.wijk"));
        wijk.setId("signal-filter-wijk");
        theme.setId("signal-filter-theme");
        wijk.setItems(wijken);
        wijk.setItemLabelGenerator(WijkItem::name);
        theme.setLabel(getTranslation("monitoring.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeItem::name);
        List.of(wijk, theme).forEach(box -> {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        });
        status.setLabel(getTranslation("demand.status"));
        status.setItems(SignalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("group.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("group.filter.any")
                : getTranslation("demand.status." + s.name()));
        status.setValue(SignalStatus.OPEN);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("signal-status-filter");
        var filters = new FlexLayout(wijk, theme, status);
        filters.addClassName("gk-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return filters;
    }

    private DemandSignalDraft newDraft() {
        var draft = new DemandSignalDraft();
        draft.setNoticedOn(LocalDate.now(clock.withZone(AppZone.ID)));
        return draft;
    }

    private void edit(Long id, DemandSignalDraft draft) {
        var form = new SignalEditor(themes, wijken, organisations);
        new EditorDialog<>(getTranslation(id == null ? "demand.new" : "demand.edit"), form, form.binder, draft,
                changed -> signals.save(id, changed), grid.getDataProvider()::refreshAll).open();
    }

    private static Long id(Object item) {
        return item instanceof WijkItem w ? Long.valueOf(w.id()) : item instanceof ThemeItem t ? Long.valueOf(t.id())
                : null;
    }

    @Override
    public String titleKey() {
        return "menu.signals";
    }
}
