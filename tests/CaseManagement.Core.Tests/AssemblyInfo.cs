using CaseManagement.Testing.Database;

[assembly: AssemblyFixture(typeof(TestPostgres))]
