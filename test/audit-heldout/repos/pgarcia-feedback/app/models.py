from django.db import models


class Review(models.Model):
    product_id = models.IntegerField(default=0)
    rating = models.IntegerField(default=0)
    body = models.CharField(max_length=120)
    author = models.CharField(max_length=120)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Review #%s' % self.pk
