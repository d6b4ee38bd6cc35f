package nl.groepskracht.holidays.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.holidays.HolidayCalendar;
import nl.groepskracht.holidays.SchoolHolidayDraft;
import nl.groepskracht.holidays.SchoolHolidayItem;
import nl.groepskracht.holidays.SchoolRegion;
import org.springframework.data.domain.Sort;
import nl.groepskracht.base.ui.FormBinder;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The administrator keeps the school holidays per region up to date (from rijksoverheid.nl); the
 * series planner warns facilitators about dates in them. Public holidays are computed.
 */
@Route("schoolvakanties")
@Menu(order = 75, title = "menu.school-holidays", icon = "vaadin:sun-o")
@RolesAllowed(Roles.ADMIN)
public class SchoolHolidaysView extends VerticalLayout implements TranslatedTitle {

    private final HolidayCalendar holidays;
    private final Grid<SchoolHolidayItem> grid = new Grid<>();

    SchoolHolidaysView(HolidayCalendar holidays) {
        this.holidays = holidays;
        addClassName("gk-page");
        setSizeFull();
        var format = nl.groepskracht.base.i18n.Dates.day(getLocale());
        grid.addColumn(SchoolHolidayItem::name).setHeader(getTranslation("holiday.name")).setSortProperty("name");
        grid.addColumn(h -> getTranslation("holiday.region." + h.region().name()))
                .setHeader(getTranslation("holiday.region")).setSortProperty("region");
        grid.addColumn(h -> h.startsOn().format(format)).setHeader(getTranslation("holiday.starts"))
                .setSortProperty("startsOn");
        grid.addColumn(h -> h.endsOn().format(format)).setHeader(getTranslation("holiday.ends"))
                .setSortProperty("endsOn");
        Grids.loadLazily(grid, holidays::schoolHolidays, Sort.by("startsOn", "region"));
        grid.addItemClickListener(e -> edit(e.getItem().id(), e.getItem().toDraft()));
        grid.setId("school-holidays");
        var add = new OnceButton(getTranslation("holiday.new"), VaadinIcon.PLUS.create(), e -> edit(null, newDraft()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-holiday");
        var header = new ViewHeader(getTranslation("menu.school-holidays"));
        header.add(add);
        add(header, new Paragraph(getTranslation("holiday.intro",
                getTranslation("holiday.region." + holidays.region().name()))), grid);
    }

    private SchoolHolidayDraft newDraft() {
        var draft = new SchoolHolidayDraft();
        draft.setRegion(holidays.region());
        return draft;
    }

    private void edit(Long id, SchoolHolidayDraft draft) {
        var form = new Form();
        var dialog = new EditorDialog<>(getTranslation(id == null ? "holiday.new" : "holiday.edit"), form,
                form.binder, draft, changed -> holidays.save(id, changed), grid.getDataProvider()::refreshAll);
        if (id != null) {
            var delete = new OnceButton(getTranslation("holiday.delete"), e -> {
                holidays.delete(id);
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-holiday");
            dialog.addFooterAction(delete);
        }
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "menu.school-holidays";
    }

    static class Form extends FormLayout {

        final TextField name = new TextField(getTranslation("holiday.name"));
        final Select<SchoolRegion> region = new Select<>();
        final DatePicker startsOn = new DatePicker(getTranslation("holiday.starts"));
        final DatePicker endsOn = new DatePicker(getTranslation("holiday.ends"));
        final FormBinder<SchoolHolidayDraft> binder = new FormBinder<>(SchoolHolidayDraft.class);

        Form() {
            name.setId("holiday-name");
            region.setId("holiday-region");
            region.setLabel(getTranslation("holiday.region"));
            region.setItems(SchoolRegion.values());
            region.setItemLabelGenerator(r -> getTranslation("holiday.region." + r.name()));
            startsOn.setId("holiday-starts");
            endsOn.setId("holiday-ends");
            binder.bindInstanceFields(this);
            add(name, region, startsOn, endsOn);
        }
    }
}
