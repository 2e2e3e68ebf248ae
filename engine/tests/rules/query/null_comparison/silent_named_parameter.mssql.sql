-- T-SQL passes NULL to a procedure's named parameter: an assignment, not a comparison.
EXECUTE dbo.IndexOptimize @Databases = 'USER_DATABASES', @FragmentationLow = NULL;
