// A Spring controller borrowing from the injected pooled DataSource: getConnection is a pool checkout.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TicketController {
    private final DataSource dataSource;

    TicketController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/tickets/{id}")
    String subject(@PathVariable long id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT subject FROM tickets WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
