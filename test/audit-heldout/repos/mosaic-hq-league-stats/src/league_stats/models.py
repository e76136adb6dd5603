from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=120)
    league = models.CharField(max_length=120)
    founded = models.IntegerField(default=0)
    city = models.CharField(max_length=120)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Team #%s' % self.pk
