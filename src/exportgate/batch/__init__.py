"""exportgate.batch: the batch jobs (screening many names, re-screening stored accounts) on an
engine of the caller's choice: in-process, or Apache Spark (PySpark) for inputs too large for one
machine. Both engines run the same functions of the library packages on each record or
partition, so they give the same answers; only the distribution differs."""
