package nl.groepskracht.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lazy loading for grids: each scroll fetches one page from the service. */
public final class Grids {

    private Grids() {
    }

    public static <T> void loadLazily(Grid<T> grid, Function<Pageable, Page<T>> service, Sort defaultSort) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setItems(query -> service.apply(PageRequest.of(query.getPage(), query.getPageSize(),
                sort(query.getSortOrders(), defaultSort))).stream());
    }

    private static Sort sort(List<QuerySortOrder> orders, Sort defaultSort) {
        if (orders.isEmpty()) {
            return defaultSort;
        }
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }

}
