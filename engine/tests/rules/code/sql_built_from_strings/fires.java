// A JDBC Statement built with + around the user's name.
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

class UserLookup {
    ResultSet byName(Connection c, String name) throws SQLException {
        return c.createStatement().executeQuery("SELECT id, email FROM users WHERE name = '" + name + "'");
    }
}
