from django.db import models


class Task(models.Model):
    summary = models.CharField(max_length=120)
    due = models.DateField(blank=True, null=True)
    estimate_hours = models.FloatField(default=0.0)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Task #%s' % self.pk
