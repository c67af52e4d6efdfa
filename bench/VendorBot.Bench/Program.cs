await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project bench/VendorBot.Bench -- <benchmark> (see bench/README.md)");
return 2;
