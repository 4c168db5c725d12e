package nl.rendement.app.people;

/**
 * Published while an employee is being erased, inside the erasing transaction and before their
 * row is deleted. A feature that keeps anything keyed by the employee listens synchronously
 * ({@code @EventListener}) and removes it; a failing listener rolls the whole erasure back.
 */
public record EmployeeErased(long employeeId) {}
