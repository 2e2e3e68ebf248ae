// JDBC with a PreparedStatement: the order id travels as a bound parameter.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

class OrderDao {
    private final Connection connection;

    OrderDao(Connection connection) {
        this.connection = connection;
    }

    String statusOf(long orderId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT status FROM orders WHERE id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
